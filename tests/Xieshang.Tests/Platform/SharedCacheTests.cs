using Microsoft.Extensions.Caching.Memory;
using Xieshang.Platform;

namespace Xieshang.Tests.Platform;

/// <summary>
/// The kept value: loaded once, reloaded past its time by one request while the others keep the value they had, and
/// dropped at once when a change it depends on is announced. A ttl of zero makes every value past its time at once, so
/// no test waits on a clock.
/// </summary>
public sealed class SharedCacheTests
{
    readonly MemoryCache cache = new(new MemoryCacheOptions());

    [Fact]
    public async Task A_value_within_its_time_is_not_loaded_again()
    {
        var loads = 0;
        Task<int> Load() => Task.FromResult(++loads);
        Assert.Equal(1, await SharedCache.GetAsync(cache, "k", TimeSpan.FromMinutes(5), Load));
        Assert.Equal(1, await SharedCache.GetAsync(cache, "k", TimeSpan.FromMinutes(5), Load));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Past_its_time_one_request_reloads_while_the_others_get_the_last_value()
    {
        Assert.Equal(1, await SharedCache.GetAsync(cache, "k", TimeSpan.Zero, () => Task.FromResult(1)));

        var reload = new TaskCompletionSource<int>();
        var reloading = SharedCache.GetAsync(cache, "k", TimeSpan.Zero, () => reload.Task);
        Assert.False(reloading.IsCompleted);

        var othersLoaded = false;
        var meanwhile = await SharedCache.GetAsync(cache, "k", TimeSpan.Zero, () => { othersLoaded = true; return Task.FromResult(3); });
        Assert.Equal(1, meanwhile);
        Assert.False(othersLoaded);

        reload.SetResult(2);
        Assert.Equal(2, await reloading);
        // The reloaded value is the one kept: the next stale reader's reload runs while another is answered with 2.
        _ = SharedCache.GetAsync(cache, "k", TimeSpan.Zero, () => new TaskCompletionSource<int>().Task);
        Assert.Equal(2, await SharedCache.GetAsync(cache, "k", TimeSpan.Zero, () => Task.FromResult(4)));
    }

    [Fact]
    public async Task Requests_during_the_first_load_share_it()
    {
        var load = new TaskCompletionSource<int>();
        var first = SharedCache.GetAsync(cache, "k", TimeSpan.FromMinutes(5), () => load.Task);
        var second = SharedCache.GetAsync(cache, "k", TimeSpan.FromMinutes(5), () => Task.FromResult(9));
        load.SetResult(1);
        var both = await Task.WhenAll(first, second);
        Assert.Equal(new[] { 1, 1 }, both);
    }

    [Fact]
    public async Task Requests_that_find_it_missing_at_the_same_moment_load_it_once()
    {
        var (loads, asked) = (0, 0);
        var load = new TaskCompletionSource<int>();
        using var start = new Barrier(16);
        var requests = Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait(TestContext.Current.CancellationToken);
            var value = SharedCache.GetAsync(cache, "k", TimeSpan.FromMinutes(5), () => { Interlocked.Increment(ref loads); return load.Task; });
            Interlocked.Increment(ref asked);
            return value;
        })).ToList();
        while (Volatile.Read(ref asked) < 16) await Task.Yield(); // every request is waiting on a load before it completes
        load.SetResult(7);
        Assert.All(await Task.WhenAll(requests), v => Assert.Equal(7, v));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task An_announced_change_drops_the_value_at_once()
    {
        var change = new CancellationTokenSource();
        Assert.Equal(1, await SharedCache.GetAsync(cache, "k", TimeSpan.FromMinutes(5), () => Task.FromResult(1), change.Token));
        await change.CancelAsync();
        Assert.Equal(2, await SharedCache.GetAsync(cache, "k", TimeSpan.FromMinutes(5), () => Task.FromResult(2), new CancellationTokenSource().Token));
    }

    [Fact]
    public async Task A_failed_first_load_is_not_kept_and_a_failed_reload_keeps_the_last_value()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => SharedCache.GetAsync<int>(cache, "k", TimeSpan.Zero, () => throw new InvalidOperationException()));
        Assert.Equal(1, await SharedCache.GetAsync(cache, "k", TimeSpan.Zero, () => Task.FromResult(1)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => SharedCache.GetAsync<int>(cache, "k", TimeSpan.Zero, () => throw new InvalidOperationException()));
        var reloads = 0;
        var next = new TaskCompletionSource<int>();
        var reloading = SharedCache.GetAsync(cache, "k", TimeSpan.Zero, () => { reloads++; return next.Task; });
        Assert.Equal(1, reloads); // the failed reload let the next request try again
        Assert.Equal(1, await SharedCache.GetAsync(cache, "k", TimeSpan.Zero, () => Task.FromResult(5)));
        next.SetResult(6);
        Assert.Equal(6, await reloading);
    }
}
