using Xunit.Sdk;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>
/// A contract test, run once per provider subclass; in a class marked <see cref="IRequiresPostgres"/> it is skipped
/// while <c>NETRALBOT_TEST_POSTGRES</c> is unset (a plain <c>Skip</c> cannot tell the subclasses apart).
/// </summary>
[XunitTestCaseDiscoverer("NetralBot.Bot.Tests.Storage.StoreFactDiscoverer", "Bot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
internal sealed class StoreFactAttribute : FactAttribute;
