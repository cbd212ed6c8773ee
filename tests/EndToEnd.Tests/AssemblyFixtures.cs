[assembly: AssemblyFixture(typeof(APPlatform.EndToEnd.Tests.RunningPlatform))]
