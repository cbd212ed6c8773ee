using System.Diagnostics;
using System.Net;
using System.Reflection.PortableExecutable;
using APPlatform.AppHost.Servers;
using APPlatform.TestSupport;

namespace APPlatform.AppHost.Tests;

/// <summary>
/// scripts/ready-to-run.sh, which ./run.sh runs after the build, on two copies of a small program (the mail sink) under
/// a path with a space, with a cache of the test's own.
/// </summary>
public sealed class ReadyToRunTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("applatform ready-to-run ");

    private string[] Programs => [.. new[] { "a", "b" }.Select(copy => Path.Combine(work.FullName, "mail sink", copy))];

    [Fact]
    public async Task EachAssemblyIsCompiledOnceForEveryProgramThatHoldsItAndTheProgramsServeFromTheCompiledCopies()
    {
        CopyBuiltMailSink();
        var count = Assemblies(Programs[0]).Count();

        var first = await RunScriptAsync();

        Assert.Contains($"Compiling {count} assemblies ahead of time", first);
        AssertAllCompiled("compiled ahead of time");
        await AssertServesAsync(Programs[1]);

        CopyBuiltMailSink(); // as the next build does: IL again
        Assert.All(Programs.SelectMany(Assemblies), assembly => Assert.False(IsReadyToRun(assembly), $"{assembly} is IL"));

        Assert.DoesNotContain("Compiling", await RunScriptAsync());
        AssertAllCompiled("put back from the cache");

        Assert.DoesNotContain("Compiling", await RunScriptAsync()); // with nothing built since: left as they are
        AssertAllCompiled("left compiled");
    }

    public void Dispose() => work.Delete(recursive: true);

    private void CopyBuiltMailSink()
    {
        var built = Path.Combine(Repository.Root, "src", "MailSink", "bin", Repository.Configuration, "net10.0");
        foreach (var program in Programs)
        {
            Directory.CreateDirectory(program);
            foreach (var file in Directory.EnumerateFiles(built))
            {
                File.Copy(file, Path.Combine(program, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    private static IEnumerable<string> Assemblies(string program) => Directory.EnumerateFiles(program, "*.dll");

    private void AssertAllCompiled(string how) =>
        Assert.All(Programs.SelectMany(Assemblies), assembly => Assert.True(IsReadyToRun(assembly), $"{assembly}: {how}"));

    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private async Task<string> RunScriptAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "scripts", "ready-to-run.sh"), .. Programs])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["READY_TO_RUN_CACHE"] = Path.Combine(work.FullName, "cache") },
        };
        using var run = Process.Start(start)!;
        var output = string.Join(
            Environment.NewLine, await Task.WhenAll(run.StandardOutput.ReadToEndAsync(), run.StandardError.ReadToEndAsync()));
        await run.WaitForExitAsync();
        Assert.True(run.ExitCode == 0, $"scripts/ready-to-run.sh failed: {output}");
        return output;
    }

    private async Task AssertServesAsync(string program)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(program, "MailSink.dll"), "--urls", address.ToString(),
            $"--MailSink:SmtpPort={FreePort.Next()}", $"--MailSink:Directory={Path.Combine(work.FullName, "mail")}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var mailSink = Process.Start(start)!;
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            await Eventually.Until(
                async () =>
                {
                    try
                    {
                        return (await client.GetAsync("/messages")).StatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        return default;
                    }
                },
                status => status == HttpStatusCode.OK,
                because: "the compiled mail sink should start and list its messages");
        }
        finally
        {
            mailSink.Kill();
            await mailSink.WaitForExitAsync();
        }
    }
}
