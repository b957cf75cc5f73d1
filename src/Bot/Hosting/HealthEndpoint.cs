using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Storage;
using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Hosting;

/// <summary>
/// <c>GET /healthz</c>: 200 "ok" while the knowledge base answers and the database takes writes; otherwise 503 with one
/// line per reason, so a load balancer or orchestrator stops sending traffic and an operator sees why.
/// </summary>
internal static class HealthEndpoint
{
    /// <summary>The path (a contract for probes).</summary>
    public const string Path = "/healthz";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, CheckAsync);
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        try
        {
            // A singleton: built once at start; a failure to build is reported on every probe.
            http.RequestServices.GetRequiredService<IQuestionAnswerer>();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            problems.Add("basis pengetahuan tidak dapat dipakai: " + exception.Message.Split('\n')[0]);
        }

        if (await http.RequestServices.GetRequiredService<IStorageProbe>().ProblemAsync(cancellationToken) is { } storage)
        {
            problems.Add(storage);
        }

        return problems.Count == 0
            ? Results.Text("ok")
            : Results.Text("unhealthy\n" + string.Join('\n', problems), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
