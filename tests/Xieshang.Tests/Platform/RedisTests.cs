using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Xieshang.Platform.Data;
using Xieshang.Tests.Infrastructure;

namespace Xieshang.Tests.Platform;

/// <summary>Several web nodes with Redis (REDIS_CONN, started by test.sh): the data-protection keys live in Redis.</summary>
public sealed class RedisTests
{
    static string Redis => TwoNodes.Redis;

    [Fact]
    public async Task WithRedis_KeysAreKeptThere_AndATokenFromOneNodeIsReadByTheOther()
    {
        await using var nodes = await TwoNodes.StartAsync(withRedis: true);
        var (nodeA, nodeB) = (nodes.A, nodes.B);

        var fromA = await nodeA.ApiAs("staff");
        var onB = nodeB.Anonymous();
        onB.DefaultRequestHeaders.Authorization = fromA.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/v1/me")).StatusCode);

        await using var redis = await ConnectionMultiplexer.ConnectAsync(Redis);
        Assert.True(await redis.GetDatabase().KeyExistsAsync("xieshang:dp-keys"));
        await using var scope = nodeA.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<XieshangDb>().DataProtectionKeys.CountAsync());
    }
}
