using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Marquee.Tests.Platform;

/// <summary>
/// Just enough of OTLP's protobuf to read what Marquee exports (.NET's exporter speaks no JSON): spans with their kind
/// and attributes, metrics with their data points' attributes, and the resource's attributes. The field numbers are
/// opentelemetry-proto's (common/v1, trace/v1, metrics/v1).
/// </summary>
public static class Otlp
{
    public const int ServerSpan = 2;

    public sealed record Span(string Name, int Kind, IReadOnlyDictionary<string, string> Attributes);

    public sealed record Metric(string Scope, string Name, IReadOnlyList<IReadOnlyDictionary<string, string>> Points);

    /// <summary>Every resource's attributes and every span of an ExportTraceServiceRequest.</summary>
    public static (IReadOnlyDictionary<string, string> Resource, IReadOnlyList<Span> Spans) Traces(byte[] body)
    {
        var resourceSpans = Messages(body, 1).ToList();
        var spans = resourceSpans.SelectMany(rs => Messages(rs, 2)).SelectMany(ss => Messages(ss, 2))
            .Select(span => new Span(Text(span, 5), (int)Varint(span, 6), Attributes(span, 9)))
            .ToList();
        return (Resource(resourceSpans), spans);
    }

    /// <summary>Every resource's attributes and every metric of an ExportMetricsServiceRequest, with its meter's name.</summary>
    public static (IReadOnlyDictionary<string, string> Resource, IReadOnlyList<Metric> Metrics) Metrics(byte[] body)
    {
        var resourceMetrics = Messages(body, 1).ToList();
        var metrics = resourceMetrics.SelectMany(rm => Messages(rm, 2))
            .SelectMany(sm => Messages(sm, 2).Select(metric => new Metric(Messages(sm, 1).Select(scope => Text(scope, 1)).SingleOrDefault() ?? "", Text(metric, 1), Points(metric))))
            .ToList();
        return (Resource(resourceMetrics), metrics);
    }

    /// <summary>Gauge (5) and sum (7) points keep attributes in field 7, histogram (9) points in 9, exponential histogram (10) points in 1.</summary>
    private static List<IReadOnlyDictionary<string, string>> Points(ReadOnlyMemory<byte> metric) =>
        [
            .. Messages(metric, 5).Concat(Messages(metric, 7)).SelectMany(data => Messages(data, 1)).Select(point => Attributes(point, 7)),
            .. Messages(metric, 9).SelectMany(data => Messages(data, 1)).Select(point => Attributes(point, 9)),
            .. Messages(metric, 10).SelectMany(data => Messages(data, 1)).Select(point => Attributes(point, 1)),
        ];

    private static Dictionary<string, string> Resource(IEnumerable<ReadOnlyMemory<byte>> resourceItems) =>
        resourceItems.SelectMany(item => Messages(item, 1)).SelectMany(resource => Attributes(resource, 1)).DistinctBy(a => a.Key).ToDictionary();

    /// <summary>KeyValue pairs (key 1, AnyValue 2: string 1, bool 2, int 3, double 4) as text.</summary>
    private static Dictionary<string, string> Attributes(ReadOnlyMemory<byte> message, int field) =>
        Messages(message, field).Select(pair => (Key: Text(pair, 1), Value: Messages(pair, 2).Select(Value).FirstOrDefault() ?? ""))
            .DistinctBy(pair => pair.Key).ToDictionary(pair => pair.Key, pair => pair.Value);

    private static string Value(ReadOnlyMemory<byte> any) => Fields(any).Select(f => f.Number switch
    {
        1 => Encoding.UTF8.GetString(f.Bytes.Span),
        2 => f.Varint != 0 ? "true" : "false",
        3 => ((long)f.Varint).ToString(CultureInfo.InvariantCulture),
        4 => BitConverter.Int64BitsToDouble((long)f.Varint).ToString(CultureInfo.InvariantCulture),
        _ => "",
    }).FirstOrDefault() ?? "";

    private static string Text(ReadOnlyMemory<byte> message, int field) =>
        Fields(message).Where(f => f.Number == field).Select(f => Encoding.UTF8.GetString(f.Bytes.Span)).FirstOrDefault() ?? "";

    private static ulong Varint(ReadOnlyMemory<byte> message, int field) => Fields(message).Where(f => f.Number == field).Select(f => f.Varint).FirstOrDefault();

    private static IEnumerable<ReadOnlyMemory<byte>> Messages(ReadOnlyMemory<byte> message, int field) =>
        Fields(message).Where(f => f.Number == field).Select(f => f.Bytes);

    private static IEnumerable<ReadOnlyMemory<byte>> Messages(byte[] message, int field) => Messages(message.AsMemory(), field);

    /// <summary>The wire format: a varint key (field number, wire type) then a varint (0), 8 bytes (1), a length and bytes (2) or 4 bytes (5).</summary>
    private static List<(int Number, ulong Varint, ReadOnlyMemory<byte> Bytes)> Fields(ReadOnlyMemory<byte> message)
    {
        var fields = new List<(int, ulong, ReadOnlyMemory<byte>)>();
        var at = 0;
        while (at < message.Length)
        {
            var key = ReadVarint(message.Span, ref at);
            var number = (int)(key >> 3);
            switch (key & 7)
            {
                case 0:
                    fields.Add((number, ReadVarint(message.Span, ref at), default));
                    break;
                case 1:
                    fields.Add((number, BinaryPrimitives.ReadUInt64LittleEndian(message.Span[at..]), default));
                    at += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message.Span, ref at);
                    fields.Add((number, 0, message.Slice(at, length)));
                    at += length;
                    break;
                case 5:
                    fields.Add((number, BinaryPrimitives.ReadUInt32LittleEndian(message.Span[at..]), default));
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"wire type {key & 7} is not in OTLP");
            }
        }

        return fields;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
