using System.Diagnostics;
using System.Net;
using System.Reflection.PortableExecutable;
using APPlatform.AppHost.Servers;
using APPlatform.TestSupport;

namespace APPlatform.AppHost.Tests;

/// <summary>
/// scripts/ready-to-run.sh, which ./run.sh runs after the build, on a copy of a small program (the mail sink) with a
/// cache of the test's own.
/// </summary>
public sealed class ReadyToRunTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("applatform-ready-to-run-");

    private string Program => Path.Combine(work.FullName, "mail-sink");

    [Fact]
    public async Task EachAssemblyIsCompiledOnceAndTheProgramStillServesFromTheCompiledCopies()
    {
        CopyBuiltMailSink();
        var count = Assemblies().Count();

        var first = await RunScriptAsync();

        Assert.Contains($"Compiling {count} assemblies ahead of time", first);
        Assert.All(Assemblies(), assembly => Assert.True(IsReadyToRun(assembly), $"{assembly} should be compiled ahead of time"));
        await AssertServesAsync();

        CopyBuiltMailSink(); // as the next build does: IL again
        Assert.All(Assemblies(), assembly => Assert.False(IsReadyToRun(assembly), $"{assembly} should be IL as built"));

        var second = await RunScriptAsync();

        Assert.DoesNotContain("Compiling", second);
        Assert.All(Assemblies(), assembly => Assert.True(IsReadyToRun(assembly), $"{assembly} should be compiled ahead of time again"));
    }

    public void Dispose() => work.Delete(recursive: true);

    private void CopyBuiltMailSink()
    {
        var built = Path.Combine(Repository.Root, "src", "MailSink", "bin", Repository.Configuration, "net10.0");
        Directory.CreateDirectory(Program);
        foreach (var file in Directory.EnumerateFiles(built))
        {
            File.Copy(file, Path.Combine(Program, Path.GetFileName(file)), overwrite: true);
        }
    }

    private IEnumerable<string> Assemblies() => Directory.EnumerateFiles(Program, "*.dll");

    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private async Task<string> RunScriptAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "scripts", "ready-to-run.sh"), Program])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["READY_TO_RUN_CACHE"] = Path.Combine(work.FullName, "cache") },
        };
        using var script = Process.Start(start)!;
        var output = await Task.WhenAll(script.StandardOutput.ReadToEndAsync(), script.StandardError.ReadToEndAsync());
        await script.WaitForExitAsync();
        Assert.True(script.ExitCode == 0, $"scripts/ready-to-run.sh failed: {string.Join(Environment.NewLine, output)}");
        return string.Join(Environment.NewLine, output);
    }

    private async Task AssertServesAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(Program, "MailSink.dll"), "--urls", address.ToString(),
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
