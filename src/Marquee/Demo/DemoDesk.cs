namespace Marquee.Demo;

public static class DemoDesk
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddScoped<DemoLoader>().AddScoped<DemoGallery>().AddSingleton<DemoAdministrator>();
}
