using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Marquee.Distribution.GhostContentApi.Nql;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Distribution.GhostContentApi.Resources;

/// <summary>
/// Browse and read for one entity type: filter, count, order and page in the database, then shape the
/// page as Ghost does (`{posts: [...], meta: {pagination}}`). Subclasses say what is public and how it looks.
/// </summary>
public abstract class GhostResource<T>(GhostResourceShape<T> shape) : IGhostResource
    where T : class
{
    public string Name => shape.Name;

    public async Task<JsonObject> BrowseAsync(ContentApiRequest request, CancellationToken cancellationToken)
    {
        var query = Visible();
        if (request.Filter is { } filter)
        {
            query = query.Where(Compile(filter));
        }

        var ordered = shape.Orders.Apply(query, request.Order);
        var total = await query.CountAsync(cancellationToken);
        var skip = (long)(request.Page - 1) * request.Limit;
        var items = skip >= total ? [] : await ordered.Skip((int)skip).Take(request.Limit).ToListAsync(cancellationToken);
        return new JsonObject
        {
            [Name] = new JsonArray([.. await ToJsonAsync(items, request, cancellationToken)]),
            ["meta"] = new JsonObject { ["pagination"] = GhostPagination.Of(request, total) },
        };
    }

    public async Task<JsonObject> ReadAsync(ContentApiRequest request, CancellationToken cancellationToken)
    {
        var item = await Visible().Where(Matching(request.Lookup)).FirstOrDefaultAsync(cancellationToken)
            ?? throw GhostApiException.NotFound($"{shape.ItemName} not found.");
        return new JsonObject { [Name] = new JsonArray([.. await ToJsonAsync([item], request, cancellationToken)]) };
    }

    /// <summary>What the public may read: published only.</summary>
    protected abstract IQueryable<T> Visible();

    /// <summary>The items as Ghost shapes them, with what `include` and `formats` ask for.</summary>
    protected abstract Task<IReadOnlyList<JsonObject>> ToJsonAsync(IReadOnlyList<T> items, ContentApiRequest request, CancellationToken cancellationToken);

    private Expression<Func<T, bool>> Compile(NqlNode filter)
    {
        try
        {
            return shape.Filters.Compile(filter);
        }
        catch (NqlSyntaxException error)
        {
            throw GhostApiException.BadRequest("Error parsing filter", error.Message);
        }
    }

    private Expression<Func<T, bool>> Matching(GhostLookup lookup)
    {
        if (lookup.Slug is { } slug)
        {
            return Expression.Lambda<Func<T, bool>>(Expression.Equal(shape.SlugOf.Body, Expression.Constant(slug)), shape.SlugOf.Parameters);
        }

        if (!GhostIds.TryParse(shape.Kind, lookup.Id ?? "", out var id))
        {
            // Ghost checks the id's shape only: an ObjectId that names nothing here (another kind's, an export's own) is not found.
            throw GhostIds.IsObjectId(lookup.Id) ? GhostApiException.NotFound($"{shape.ItemName} not found.") : GhostApiException.Validation(Name, "isIdFormat", "id");
        }

        return Expression.Lambda<Func<T, bool>>(Expression.Equal(shape.IdOf.Body, Expression.Constant(id)), shape.IdOf.Parameters);
    }
}
