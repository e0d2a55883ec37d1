namespace Xieshang.Tests.Infrastructure;

/// <summary>
/// Two started app nodes on one database (a copy of the template), with jobs off, sharing one Redis when given one
/// (REDIS_CONN, started by test.sh): for what must hold across web nodes.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    public static string Redis => Environment.GetEnvironmentVariable("REDIS_CONN") ?? "127.0.0.1:56379";

    public TestApp A { get; }
    public TestApp B { get; }

    TwoNodes(TestApp a, TestApp b) => (A, B) = (a, b);

    public static async Task<TwoNodes> StartAsync(bool withRedis)
    {
        var a = Configure(new TestApp(), withRedis);
        await a.InitializeAsync();
        var b = Configure(TestApp.SharingDatabaseWith(a), withRedis);
        await b.InitializeAsync();
        return new TwoNodes(a, b);
    }

    static TestApp Configure(TestApp app, bool withRedis) =>
        (withRedis ? app.With("Redis:Configuration", Redis) : app).With("Jobs:Enabled", "false");

    // B first: it shares A's database, which goes with A.
    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
