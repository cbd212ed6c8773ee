// One web application and one chromium serve every test: each start is seconds.
[assembly: AssemblyFixture(typeof(APPlatform.Web.Tests.Browser))]
