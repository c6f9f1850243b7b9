using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Marquee.Platform;

/// <summary>
/// Each desk binds its own options classes, each to its own section, and consumers inject the one they read. Every class
/// is bound and checked when the app is built (<see cref="CheckOptions"/>), so a bad value stops serve and the CLI alike,
/// naming its key, instead of failing the first request that reads it.
/// </summary>
public static class DeskOptions
{
    public static IServiceCollection BindOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, ProblemCheck<T>>());
        return services;
    }

    /// <summary>A section's values while services are still being registered, for the few choices made then (which store, which files).</summary>
    public static T Section<T>(this IConfiguration configuration, string section)
        where T : new() =>
        configuration.GetSection(section).Get<T>() ?? new T();

    /// <summary>CLI commands never start the host, whose start would run these checks: run them as soon as the app is built.</summary>
    public static WebApplication CheckOptions(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return app;
        }
        catch
        {
            // The caller never receives this app: dispose it here, or its configuration's file watchers outlive the failure.
            ((IDisposable)app).Dispose();
            throw;
        }
    }
}
