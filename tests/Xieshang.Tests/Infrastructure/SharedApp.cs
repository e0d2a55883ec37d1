[assembly: AssemblyFixture(typeof(Xieshang.Tests.Infrastructure.TestApp))]
[assembly: CaptureConsole]
