using APPlatform.TestSupport;

namespace APPlatform.Referrals.Tests;

public sealed class OpenApiDocumentTests(ReferralService service)
    : OpenApiCompletenessTests(service.As(TestCaller.PlatformAdmin()), "/openapi/referral.json"), IClassFixture<ReferralService>;
