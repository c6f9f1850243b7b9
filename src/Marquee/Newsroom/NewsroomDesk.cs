using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Workflow;

namespace Marquee.Newsroom;

/// <summary>The newsroom: staff accounts for now; the editor and workflow arrive with their issue.</summary>
public static class NewsroomDesk
{
    public static IServiceCollection AddNewsroom(this IServiceCollection services) =>
        services.AddScoped<AddStaffUser>().AddEditorialWorkflow();
}
