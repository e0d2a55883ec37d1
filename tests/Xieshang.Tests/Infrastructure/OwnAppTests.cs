namespace Xieshang.Tests.Infrastructure;

/// <summary>For test classes that change shared data (the roster, accounts): each test gets an app and database of its own.</summary>
public abstract class OwnAppTests : IAsyncLifetime
{
    protected TestApp app = default!;

    public async ValueTask InitializeAsync()
    {
        app = new TestApp().With("Jobs:Enabled", "false");
        await app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
