using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Access;
using NetralBot.Bot.Admin;

namespace NetralBot.Bot.Dashboard;

/// <summary>
/// The base of every signed-in page: resolves <see cref="DashboardUser"/> (a session of someone who is no longer an
/// admin ends here), and turns an <see cref="AdminAccessDeniedException"/> — an instansi admin asking for another
/// agency — into a 403 page and an audit row.
/// </summary>
internal abstract class DashboardPageModel : PageModel
{
    /// <summary>The signed-in admin.</summary>
    public DashboardUser CurrentUser { get; private set; } = null!;

    /// <summary>Set when the request was refused.</summary>
    public string? Refusal { get; private set; }

    /// <inheritdoc />
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = DashboardUser.From(User, HttpContext.RequestServices.GetRequiredService<AdminDirectory>());
        if (user is null)
        {
            await HttpContext.SignOutAsync();
            context.Result = Redirect("/masuk?keluar=1");
            return;
        }

        CurrentUser = user;
        var executed = await next();
        if (executed.Exception is AdminAccessDeniedException denied)
        {
            executed.ExceptionHandled = true;
            var audit = HttpContext.RequestServices.GetRequiredService<IAuditLog>();
            var time = HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            await audit.WriteAsync(new AuditEntry(user.Actor, "dashboard.denied", HttpContext.Request.Path + HttpContext.Request.QueryString, 0, time.GetUtcNow()));
            Refusal = denied.Message;
            executed.Result = new ViewResult
            {
                ViewName = "/Dashboard/Pages/Shared/Ditolak.cshtml",
                StatusCode = StatusCodes.Status403Forbidden,
                ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<string>(ViewData, denied.Message),
            };
        }
    }
}
