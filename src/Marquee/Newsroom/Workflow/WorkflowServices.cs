using Marquee.Newsroom.Locks;

namespace Marquee.Newsroom.Workflow;

/// <summary>The editorial workflow's services, added by the newsroom desk.</summary>
public static class WorkflowServices
{
    public static IServiceCollection AddEditorialWorkflow(this IServiceCollection services) =>
        services
            .AddScoped<EditLocks>()
            .AddScoped<ReadableArticles>()
            .AddScoped<WriterByline>()
            .AddScoped<EditArticle>()
            .AddScoped<ChangeArticleState>()
            .AddScoped<RestoreRevision>();
}
