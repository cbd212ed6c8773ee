using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using APPlatform.Contracts.Placements;
using APPlatform.Notifications.AsyncApi;
using APPlatform.Notifications.Subscriptions;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Contracts;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// docs/asyncapi.json is what the contracts generate, so an event changed without it fails here; the AsyncAPI parser
/// accepts it; and each example matches its own schema. Real deliveries are checked against it in WebhookTests and
/// BrokerSubscriberTests.
/// </summary>
public sealed class AsyncApiDocumentTests
{
    private static readonly string Tool = Path.Combine(Repository.Root, "tools", "asyncapi-check");

    [Fact]
    public void TheCheckedInDocumentIsTheOneTheContractsGenerate()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_ASYNCAPI") == "1")
        {
            File.WriteAllText(AsyncApiFile.Path, AsyncApiDocument.Json);
        }

        Assert.True(File.Exists(AsyncApiFile.Path) && File.ReadAllText(AsyncApiFile.Path) == AsyncApiDocument.Json,
            "docs/asyncapi.json is not what the contracts generate: an event (or its description, example or delivery) changed " +
            "without it. Refresh it with `UPDATE_ASYNCAPI=1 dotnet test tests/Notification.Service.Tests --no-build " +
            "--filter FullyQualifiedName~AsyncApiDocumentTests` (docs/development.md), read the difference and commit it.");
    }

    [Fact]
    public async Task TheAsyncApiParserAcceptsTheDocument()
    {
        if (!Directory.Exists(Path.Combine(Tool, "node_modules")))
        {
            var (installed, log) = await RunAsync("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            Assert.True(installed == 0, $"npm ci in tools/asyncapi-check failed:\n{log}");
        }

        var document = Path.Combine(Path.GetTempPath(), $"asyncapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, AsyncApiDocument.Json, TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, output) = await RunAsync("node", "check.mjs", document);
            Assert.True(exitCode == 0, $"The AsyncAPI parser refused the generated document:\n{output}");
        }
        finally
        {
            File.Delete(document);
        }
    }

    [Fact]
    public void EveryExampleMatchesItsMessagesSchema()
    {
        var messages = JsonNode.Parse(AsyncApiDocument.Json)!["components"]!["messages"]!.AsObject()
            .Where(message => message.Value!["examples"] is not null).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, message => Assert.All(message.Value!["examples"]!.AsArray(),
            example => Assert.Empty(AsyncApiFile.Mismatches(message.Value["payload"]!, example!["payload"]))));
    }

    [Fact]
    public void ABodyShowingAWithheldFieldDoesNotMatchTheDocument()
    {
        var placement = SampleEvents.Placement(TestCaller.School(), TestCaller.LocalAuthority(), TestCaller.Provider(), "dual");
        var delivered = SubscriberPayload.For(new PlacementStarted(placement, DateTimeOffset.UtcNow), Guid.NewGuid());
        var leaked = JsonNode.Parse(delivered)!;
        leaked["data"]!["placement"]!["isLookedAfter"] = true;

        Assert.Empty(AsyncApiFile.PayloadMismatches(nameof(PlacementStarted), delivered));
        Assert.Contains(AsyncApiFile.PayloadMismatches(nameof(PlacementStarted), leaked.ToJsonString()), mismatch => mismatch.Contains("isLookedAfter"));
    }

    /// <summary>Runs a Node.js command in tools/asyncapi-check; answers its exit code and its output and errors together.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { WorkingDirectory = Tool, RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"'{command}' could not be started: Node.js 20 or later must be on PATH ({exception.Message}).", exception);
        }

        using (process)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(5));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, await output + await errors);
        }
    }
}
