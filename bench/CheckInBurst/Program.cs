// Signs in COUNT members (bx000001…), reads the venue screen's current code as staff, then has them all check in at
// once over CONCURRENCY connections. Prints one line: wall ms, p50 ms, p99 ms, ok, refused, errors, present, repeat-refused.
//   dotnet run --project bench/CheckInBurst -- http://127.0.0.1:5091 <activityId> 1000 200
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

var (baseUrl, activity, count, concurrency) = (args[0], Guid.Parse(args[1]), int.Parse(args[2]), int.Parse(args[3]));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };

async Task<string> Login(string user)
{
    var r = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = "Demo@2023" });
    r.EnsureSuccessStatusCode();
    return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString()!;
}

HttpRequestMessage Request(HttpMethod method, string url, string token, object? body = null)
{
    var m = new HttpRequestMessage(method, url) { Content = body == null ? null : JsonContent.Create(body) };
    m.Headers.Authorization = new("Bearer", token);
    return m;
}

// Sign-in is slow by design (password hashing): done beforehand, a few at a time, and not measured.
var tokens = new string[count];
await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) => tokens[i] = await Login($"bx{i + 1:000000}"));
var staff = await Login("staff");

var code = JsonDocument.Parse(await (await http.SendAsync(Request(HttpMethod.Get, $"/api/v1/activities/{activity}/check-in-code", staff))).Content.ReadAsStringAsync())
    .RootElement.GetProperty("code").GetString();
var url = $"/api/v1/activities/{activity}/check-in";

async Task<(long Ms, HttpStatusCode Status)> CheckIn(string token)
{
    var sw = Stopwatch.StartNew();
    using var r = await http.SendAsync(Request(HttpMethod.Post, url, token, new { code }));
    return (sw.ElapsedMilliseconds, r.StatusCode);
}

async Task<(long Ms, HttpStatusCode Status)[]> Burst(IEnumerable<string> who)
{
    using var gate = new SemaphoreSlim(concurrency);
    return await Task.WhenAll(who.Select(async t =>
    {
        await gate.WaitAsync();
        try { return await CheckIn(t); } finally { gate.Release(); }
    }));
}

var wall = Stopwatch.StartNew();
var results = await Burst(tokens);
wall.Stop();
// The same members again: each must be told they are already in, and nothing may be added.
var repeat = await Burst(tokens.Take(concurrency));

var attendance = JsonDocument.Parse(await (await http.SendAsync(Request(HttpMethod.Get, $"/api/v1/activities/{activity}/attendance", staff))).Content.ReadAsStringAsync()).RootElement;
var sorted = results.Select(r => r.Ms).Order().ToArray();
long Pct(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
Console.WriteLine(string.Join(' ', wall.ElapsedMilliseconds, Pct(0.5), Pct(0.99),
    results.Count(r => r.Status == HttpStatusCode.OK), results.Count(r => r.Status == HttpStatusCode.Conflict),
    results.Count(r => r.Status is not (HttpStatusCode.OK or HttpStatusCode.Conflict)),
    attendance.GetProperty("present").GetInt32(), repeat.Count(r => r.Status == HttpStatusCode.Conflict)));
