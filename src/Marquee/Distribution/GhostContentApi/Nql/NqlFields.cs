using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Marquee.Distribution.GhostContentApi.Nql;

/// <summary>
/// The filterable properties of one resource and how each becomes a LINQ predicate the database runs.
/// A filter naming anything else is refused, so a typo never silently matches everything.
/// </summary>
public sealed class NqlFields<T>
{
    private readonly Dictionary<string, Func<NqlComparison, LambdaExpression>> _fields = new(StringComparer.Ordinal);

    public NqlFields<T> Text(string name, Expression<Func<T, string>> selector) =>
        Add(name, comparison => TextPredicate(selector, comparison));

    public NqlFields<T> Date(string name, Expression<Func<T, DateTime>> selector) =>
        Add(name, comparison => DatePredicate(selector, comparison));

    public NqlFields<T> Flag(string name, Expression<Func<T, bool>> selector) =>
        Add(name, comparison => Equality(selector, comparison, comparison.Values.Select(ParseFlag).ToList()));

    public NqlFields<T> Id(string name, GhostIdKind kind, Expression<Func<T, long>> selector) =>
        Add(name, comparison => Equality(selector, comparison, comparison.Values.Select(v => GhostIds.TryParse(kind, v, out var id) ? id : -1).ToList()));

    /// <summary>A to-many relation matched by slug: `tag:news` is "has the tag news", `tag:-news` "has not".</summary>
    public NqlFields<T> Related(string name, Func<List<string>, Expression<Func<T, bool>>> anyOf) =>
        Add(name, comparison =>
        {
            EnsureEquality(comparison);
            return anyOf(comparison.Values.ToList());
        });

    public Expression<Func<T, bool>> Compile(NqlNode filter)
    {
        var parameter = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda<Func<T, bool>>(Build(filter, parameter), parameter);
    }

    private NqlFields<T> Add(string name, Func<NqlComparison, LambdaExpression> predicate)
    {
        _fields[name] = predicate;
        return this;
    }

    private Expression Build(NqlNode node, ParameterExpression parameter) => node switch
    {
        NqlAll all => all.Parts.Select(p => Build(p, parameter)).Aggregate(Expression.AndAlso),
        NqlAny any => any.Parts.Select(p => Build(p, parameter)).Aggregate(Expression.OrElse),
        NqlComparison comparison => Negate(Bind(Predicate(comparison), parameter), comparison.Negated),
        _ => throw new NqlSyntaxException($"Query Error: unsupported filter {node}"),
    };

    private LambdaExpression Predicate(NqlComparison comparison) =>
        _fields.TryGetValue(comparison.Field, out var predicate)
            ? predicate(comparison)
            : throw new NqlSyntaxException($"Query Error: unknown property '{comparison.Field}'; this resource filters by {string.Join(", ", _fields.Keys.Order())}");

    private static Expression Bind(LambdaExpression predicate, ParameterExpression parameter) =>
        ReplacingExpressionVisitor.Replace(predicate.Parameters[0], parameter, predicate.Body);

    private static Expression Negate(Expression predicate, bool negated) => negated ? Expression.Not(predicate) : predicate;

    private static LambdaExpression TextPredicate(Expression<Func<T, string>> selector, NqlComparison comparison)
    {
        if (comparison.Operator is NqlOperator.Equal)
        {
            return Equality(selector, comparison, comparison.Values.ToList());
        }

        var method = comparison.Operator switch
        {
            NqlOperator.Contains => nameof(string.Contains),
            NqlOperator.StartsWith => nameof(string.StartsWith),
            NqlOperator.EndsWith => nameof(string.EndsWith),
            _ => throw new NqlSyntaxException($"Query Error: '{comparison.Field}' is text and cannot be compared with < or >"),
        };
        var lowered = Expression.Call(selector.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var call = Expression.Call(lowered, typeof(string).GetMethod(method, [typeof(string)])!, Expression.Constant(Single(comparison).ToLowerInvariant()));
        return Expression.Lambda(call, selector.Parameters);
    }

    private static LambdaExpression DatePredicate(Expression<Func<T, DateTime>> selector, NqlComparison comparison)
    {
        var value = Expression.Constant(RelativeDates.Parse(Single(comparison), comparison.Field));
        Expression body = comparison.Operator switch
        {
            NqlOperator.Equal => Expression.Equal(selector.Body, value),
            NqlOperator.GreaterThan => Expression.GreaterThan(selector.Body, value),
            NqlOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(selector.Body, value),
            NqlOperator.LessThan => Expression.LessThan(selector.Body, value),
            NqlOperator.LessOrEqual => Expression.LessThanOrEqual(selector.Body, value),
            _ => throw new NqlSyntaxException($"Query Error: '{comparison.Field}' is a date and cannot be matched with ~"),
        };
        return Expression.Lambda(body, selector.Parameters);
    }

    /// <summary>`field:value` or `field:[a,b]`: a list becomes IN, which the database runs as one condition.</summary>
    private static LambdaExpression Equality<TValue>(Expression<Func<T, TValue>> selector, NqlComparison comparison, List<TValue> values)
    {
        EnsureEquality(comparison);
        var contains = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(TValue));
        return Expression.Lambda(Expression.Call(contains, Expression.Constant(values), selector.Body), selector.Parameters);
    }

    private static void EnsureEquality(NqlComparison comparison)
    {
        if (comparison.Operator != NqlOperator.Equal)
        {
            throw new NqlSyntaxException($"Query Error: '{comparison.Field}' can only be matched exactly (field:value or field:[a,b])");
        }
    }

    private static string Single(NqlComparison comparison) =>
        comparison.Values.Count == 1 ? comparison.Values[0] : throw new NqlSyntaxException($"Query Error: '{comparison.Field}' takes one value here, not a list");

    private static bool ParseFlag(string value) => value.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new NqlSyntaxException($"Query Error: '{value}' is not true or false"),
    };
}
