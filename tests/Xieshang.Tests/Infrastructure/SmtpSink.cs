using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Xieshang.Tests.Infrastructure;

/// <summary>A real SMTP server on loopback that keeps what it receives, for end-to-end mail tests.</summary>
public sealed class SmtpSink : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    Task? running;

    public int Port { get; } = FreePort();
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        var server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
        // Wait until the port accepts connections (a connect, not a sleep).
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { await Task.Yield(); }
        }
        throw new InvalidOperationException("SMTP test server did not start");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (running != null) try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }

    sealed class Store(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            sink.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
