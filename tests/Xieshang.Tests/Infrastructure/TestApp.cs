using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xieshang.Platform.Auth;
using Xieshang.Platform.Data;
using Xieshang.Platform.Tenancy;

namespace Xieshang.Tests.Infrastructure;

/// <summary>
/// The real app on a database of its own (SQLite file or PostgreSQL database): a copy of the run's template, which
/// the real app migrated with the real migrations and seeded with the demo accounts. The clock is a fake one that tests can move.
/// </summary>
public sealed partial class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly (string Provider, string ConnectionString, Func<Task> Drop) database;
    readonly Dictionary<string, string?> settings = new();
    readonly List<Action<IServiceCollection>> extraServices = [];

    public ErrorLog ServerErrors { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    public string ConnectionString => database.ConnectionString;
    public bool IsPostgres => database.Provider == "Postgres";

    public TestApp() => database = TestDatabase.FromTemplate();

    TestApp((string, string, Func<Task>) database) => this.database = database;

    /// <summary>A second app node on the same database (it neither seeds nor drops it): for multi-node tests.</summary>
    public static TestApp SharingDatabaseWith(TestApp other) => OnDatabase(other.database.Provider, other.database.ConnectionString);

    /// <summary>An app on a database that the test manages itself (it is not dropped with the app).</summary>
    public static TestApp OnDatabase(string provider, string connectionString) =>
        new((provider, connectionString, () => Task.CompletedTask));

    /// <summary>Extra services for this app only (a test job, a channel), set before the first client is created.</summary>
    public TestApp WithServices(Action<IServiceCollection> configure)
    {
        extraServices.Add(configure);
        return this;
    }

    /// <summary>
    /// As a shared fixture the host starts here, once: WebApplicationFactory's lazy start is not safe when parallel
    /// tests create the first clients at the same moment.
    /// </summary>
    public ValueTask InitializeAsync()
    {
        StartServer();
        return ValueTask.CompletedTask;
    }

    /// <summary>Extra configuration, set before the first client is created.</summary>
    public TestApp With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the build's static-assets manifest (with its pre-compressed files under obj/) is only
        // used when asked for; a published app has them in wwwroot.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Default", database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:Enabled", "true");
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        builder.ConfigureServices(s =>
        {
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            foreach (var configure in extraServices) configure(s);
        });
        builder.ConfigureLogging(l =>
        {
            l.AddProvider(ServerErrors);
            l.AddFilter<ErrorLog>(null, LogLevel.Information);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.Drop();
    }

    /// <summary>Starts a real Kestrel port (for the browser and the load tests) and returns its address.</summary>
    public string StartKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A JSON API client holding a bearer token of a demo account.</summary>
    public async Task<HttpClient> ApiAs(string userName, string password = "Demo@2023")
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public sealed record TokenResponse(string AccessToken);

    /// <summary>A browser-like client (cookies, no auto redirects) signed in through the login form.</summary>
    public async Task<HttpClient> PagesAs(string userName, string password = "Demo@2023")
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/account/login", "login",
            new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login of {userName} failed: {response.StatusCode}");
        return client;
    }

    /// <summary>Posts a Blazor SSR form the way a browser does: antiforgery token from the page, then the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>A service scope acting as a demo user in their first committee (or a named one), like a request.</summary>
    public async Task<AsyncServiceScope> ScopeAs(string userName, string? committee = null)
    {
        var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<XieshangDb>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var resolver = scope.ServiceProvider.GetRequiredService<AccessResolver>();
        var committeeId = committee == null
            ? (await resolver.DefaultCommitteeAsync(db, user.Id))!.Value
            : await db.Set<Committee>().Where(c => c.Name == committee).Select(c => c.Id).SingleAsync();
        var access = (await resolver.ResolveAsync(db, user.Id, committeeId))!;
        var ctx = scope.ServiceProvider.GetRequiredService<RequestContext>();
        ctx.SetUser(user.Id, user.DisplayName);
        ctx.SetCommittee(committeeId, access.CommitteeName, access.Roles, access.Permissions);
        return scope;
    }

    public async Task<Guid> CommitteeId(string name)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<XieshangDb>().Set<Committee>()
            .Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }
}
