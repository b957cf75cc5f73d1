using Xunit.Abstractions;
using Xunit.Sdk;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests: skipped for PostgreSQL classes without a server, plain facts otherwise.</summary>
internal sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = typeof(IRequiresPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
        if (needsPostgres && PostgresTestServer.ConnectionString is null)
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, options, testMethod, PostgresTestServer.SkipReason)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, options, testMethod)];
    }
}
