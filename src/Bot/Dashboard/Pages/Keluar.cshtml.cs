using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using NetralBot.Bot.Access;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary><c>POST /keluar</c>: ends the session (anti-forgery checked like every form).</summary>
internal sealed class KeluarModel(IAuditLog audit, TimeProvider time) : DashboardPageModel
{
    /// <summary>A GET only goes back to the summary: signing out changes state, so it takes a POST.</summary>
    public IActionResult OnGet() => Redirect("/dasbor");

    /// <summary>Signs out.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.WriteAsync(new AuditEntry(CurrentUser.Actor, "dashboard.sign-out", "dasbor", 1, time.GetUtcNow()), cancellationToken);
        await HttpContext.SignOutAsync();
        return Redirect("/masuk?keluar=1");
    }
}
