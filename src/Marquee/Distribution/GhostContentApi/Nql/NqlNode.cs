namespace Marquee.Distribution.GhostContentApi.Nql;

/// <summary>A parsed Ghost filter (NQL): comparisons joined by AND (+) and OR (,).</summary>
public abstract record NqlNode;

public sealed record NqlAll(IReadOnlyList<NqlNode> Parts) : NqlNode;

public sealed record NqlAny(IReadOnlyList<NqlNode> Parts) : NqlNode;

/// <summary>`field:value`, `field:-value`, `field:>value`, `field:[a,b]`, `field:~value` …</summary>
public sealed record NqlComparison(string Field, NqlOperator Operator, bool Negated, IReadOnlyList<string> Values) : NqlNode;

public enum NqlOperator
{
    Equal,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    Contains,
    StartsWith,
    EndsWith,
}
