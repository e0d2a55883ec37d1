using Xieshang.Platform;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
foreach (var module in Modules.All) module.AddServices(builder.Services, builder.Configuration, builder.Environment);

var app = builder.Build();
if (await app.RunCommandAsync(args)) return;
await app.InitializeAsync();
app.UsePlatform();
foreach (var module in Modules.All) module.Map(app);
app.MapPages();
await app.RunAsync();

/// <summary>Entry point, also the anchor for WebApplicationFactory in tests.</summary>
public partial class Program;
