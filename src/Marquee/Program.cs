using Marquee.Cli;
using Marquee.Content;
using Marquee.Demo;
using Marquee.Distribution;
using Marquee.Import;
using Marquee.Media;
using Marquee.Newsletters;
using Marquee.Newsroom;
using Marquee.Platform;
using Marquee.Readers;
using Marquee.Storage;
using Marquee.Tips;
using Marquee.Web;

namespace Marquee;

/// <summary>The composition root: one AddX() and one UseX()/MapX() per desk. Everything else lives in the desks.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args);

    public static WebApplication BuildApp(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // Content root is the build output: appsettings.json, wwwroot and the demo content travel with the binary.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = "Web/wwwroot",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var options = builder.Services.AddPlatform(builder.Configuration);
        builder.Services.AddStorage(builder.Configuration, options.Database.IsPostgres, options.FullDataPath);
        builder.Services.AddContent();
        builder.Services.AddImport();
        builder.Services.AddMedia(options);
        builder.Services.AddReaders();
        builder.Services.AddNewsroom();
        builder.Services.AddTips();
        builder.Services.AddNewsletters();
        builder.Services.AddDemo();
        builder.Services.AddDistribution();
        builder.Services.AddWeb();

        var app = builder.Build().CheckOptions();
        app.UseWebErrors();
        app.UsePlatform();
        app.UseNewsroom();
        app.UseOldPermalinks();
        app.MapPlatform();
        app.MapContent();
        app.MapDistribution();
        app.MapMedia();
        app.MapReaders();
        app.MapNewsroom();
        app.MapTips();
        app.MapWeb();
        return app;
    }
}
