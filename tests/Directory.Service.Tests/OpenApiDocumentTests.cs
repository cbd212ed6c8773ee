using APPlatform.TestSupport;

namespace APPlatform.ProviderDirectory.Tests;

public sealed class OpenApiDocumentTests(DirectoryService service)
    : OpenApiCompletenessTests(service.As(TestCaller.PlatformAdmin()), "/openapi/directory.json"), IClassFixture<DirectoryService>;
