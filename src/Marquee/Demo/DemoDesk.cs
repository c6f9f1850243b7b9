using Marquee.Platform;

namespace Marquee.Demo;

public static class DemoDesk
{
    public static IServiceCollection AddDemo(this IServiceCollection services) =>
        services.BindOptions<DemoOptions>(DemoOptions.Section).AddScoped<DemoLoader>().AddScoped<DemoGallery>().AddScoped<DemoLiveStory>().AddScoped<DemoNewsletters>().AddSingleton<DemoAdministrator>().AddDemoAds();
}
