namespace Marquee.Demo;

public static class DemoDesk
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddSingleton<DemoLoader>().AddSingleton<DemoGallery>().AddSingleton<DemoAdministrator>();
}
