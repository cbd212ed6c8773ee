using Xunit.Sdk;
using Xunit.v3;

namespace APPlatform.AppHost.Tests;

/// <summary>Runs a class's tests in the order they are written: for a class whose last test stops what the others use.</summary>
public sealed class DeclarationOrder : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        testCases.OrderBy(testCase => (testCase as IXunitTestCase)?.TestMethod.Method.MetadataToken ?? 0).ToList();
}
