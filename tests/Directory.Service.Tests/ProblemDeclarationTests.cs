using APPlatform.TestSupport;

namespace APPlatform.ProviderDirectory.Tests;

public sealed class ProblemDeclarationTests(DirectoryService service)
    : TestSupport.ProblemDeclarationTests(service.As(TestCaller.PlatformAdmin()), "/openapi/directory.json"), IClassFixture<DirectoryService>;
