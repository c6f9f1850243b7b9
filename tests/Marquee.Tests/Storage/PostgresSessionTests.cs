using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Marquee.Tests.Storage;

/// <summary>Marquee's PostgreSQL sessions run without JIT, which costs its short lookups more than it saves (decision 0052).</summary>
public sealed class PostgresSessionTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task A_postgres_session_of_the_site_runs_without_jit()
    {
        Assert.SkipUnless(TestDatabase.IsPostgres, "JIT is PostgreSQL's; this run is on SQLite");
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();

        var jit = await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync(TestContext.Current.CancellationToken);

        Assert.Equal("off", jit);
    }

    [Theory]
    [InlineData("Host=db;Username=marquee", "-c jit=off")]
    [InlineData("Host=db;Username=marquee;Options=-c statement_timeout=5000", "-c statement_timeout=5000 -c jit=off")]
    [InlineData("Host=db;Username=marquee;Options=-c jit=on", "-c jit=on")]
    public void An_operator_s_options_are_kept_and_jit_is_off_unless_they_name_it(string configured, string options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Marquee"] = configured }).Build();

        var resolved = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionStrings.Resolve(configuration, isPostgres: true, fullDataPath: "/unused"));

        Assert.Equal(options, resolved.Options);
    }
}
