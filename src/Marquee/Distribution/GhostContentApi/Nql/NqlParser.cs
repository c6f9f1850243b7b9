using System.Text;

namespace Marquee.Distribution.GhostContentApi.Nql;

/// <summary>
/// Parses Ghost's filter language: `+` (AND) binds tighter than `,` (OR), parentheses group, values are
/// bare (`news`, `2024-01-31`, `now-30d`), quoted (`'Red carpet'`) or lists (`[a,b]`).
/// </summary>
public sealed class NqlParser
{
    /// <summary>Deeper than any filter a front end writes; each level is three stack frames, and a query string's parentheses must not overflow the stack.</summary>
    public const int MaxNesting = 32;

    private const string Operators = "><~";
    private static readonly char[] Quotes = ['\'', '"'];
    private readonly string _text;
    private int _position;
    private int _depth;

    private NqlParser(string text) => _text = text;

    public static NqlNode Parse(string filter)
    {
        var parser = new NqlParser(filter);
        var node = parser.ParseAny();
        parser.SkipSpaces();
        if (!parser.AtEnd)
        {
            throw parser.Unexpected();
        }

        return node;
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    private NqlNode ParseAny()
    {
        var parts = new List<NqlNode> { ParseAll() };
        while (TryTake(','))
        {
            parts.Add(ParseAll());
        }

        return parts.Count == 1 ? parts[0] : new NqlAny(parts);
    }

    private NqlNode ParseAll()
    {
        var parts = new List<NqlNode> { ParseTerm() };
        while (TryTake('+'))
        {
            parts.Add(ParseTerm());
        }

        return parts.Count == 1 ? parts[0] : new NqlAll(parts);
    }

    private NqlNode ParseTerm()
    {
        if (!TryTake('('))
        {
            return ParseComparison();
        }

        if (++_depth > MaxNesting)
        {
            throw new NqlSyntaxException($"Query Error: parentheses nested deeper than {MaxNesting} at char {_position}");
        }

        var inner = ParseAny();
        Expect(')');
        _depth--;
        return inner;
    }

    private NqlComparison ParseComparison()
    {
        SkipSpaces();
        var start = _position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Current) || Current is '_' or '.'))
        {
            _position++;
        }

        if (_position == start)
        {
            throw Unexpected();
        }

        var field = _text[start.._position].ToLowerInvariant();
        Expect(':');
        var negated = TryTake('-');
        var op = ParseOperator();
        var values = TryTake('[') ? ParseList() : [ParseValue()];
        return new NqlComparison(field, op, negated, values);
    }

    private NqlOperator ParseOperator()
    {
        SkipSpaces();
        if (AtEnd || !Operators.Contains(Current, StringComparison.Ordinal))
        {
            return NqlOperator.Equal;
        }

        var symbol = _text[_position..Math.Min(_position + 2, _text.Length)];
        (NqlOperator op, int length) = symbol switch
        {
            ">=" => (NqlOperator.GreaterOrEqual, 2),
            "<=" => (NqlOperator.LessOrEqual, 2),
            "~^" => (NqlOperator.StartsWith, 2),
            "~$" => (NqlOperator.EndsWith, 2),
            _ when symbol[0] == '>' => (NqlOperator.GreaterThan, 1),
            _ when symbol[0] == '<' => (NqlOperator.LessThan, 1),
            _ => (NqlOperator.Contains, 1),
        };
        _position += length;
        return op;
    }

    private List<string> ParseList()
    {
        var values = new List<string> { ParseValue() };
        while (TryTake(','))
        {
            values.Add(ParseValue());
        }

        Expect(']');
        return values;
    }

    private string ParseValue()
    {
        SkipSpaces();
        foreach (var quote in Quotes)
        {
            if (TryTake(quote))
            {
                return ParseQuoted(quote);
            }
        }

        var start = _position;
        while (!AtEnd && !char.IsWhiteSpace(Current) && "+,()[]'\"".IndexOf(Current, StringComparison.Ordinal) < 0)
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : throw Unexpected();
    }

    private string ParseQuoted(char quote)
    {
        var value = new StringBuilder();
        while (!AtEnd && Current != quote)
        {
            if (Current == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }

            value.Append(Current);
            _position++;
        }

        Expect(quote);
        return value.ToString();
    }

    private bool TryTake(char expected)
    {
        SkipSpaces();
        if (AtEnd || Current != expected)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(char expected)
    {
        if (!TryTake(expected))
        {
            throw AtEnd
                ? new NqlSyntaxException($"Query Error: unexpected end of filter, expected '{expected}'")
                : Unexpected($", expected '{expected}'");
        }
    }

    private void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _position++;
        }
    }

    private NqlSyntaxException Unexpected(string expectation = "") => AtEnd
        ? new NqlSyntaxException($"Query Error: unexpected end of filter{expectation}")
        : new NqlSyntaxException($"Query Error: unexpected character '{Current}' in filter at char {_position + 1}{expectation}");
}
