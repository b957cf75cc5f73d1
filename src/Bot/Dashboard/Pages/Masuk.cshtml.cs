using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NetralBot.Bot.Admin;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary>
/// <c>/masuk?token=…</c>: opening the link only shows a button; the token is used by the button's POST. A link preview
/// (Telegram fetches links it shows) therefore cannot burn it, and the session cookie (SameSite=Strict) is set by a
/// same-site request, so the browser sends it on the next page.
/// </summary>
internal sealed class MasukModel(SignInLinks links, AdminDirectory admins) : PageModel
{
    /// <summary>The token to post, when valid.</summary>
    public string? Token { get; private set; }

    /// <summary>Why the token was refused.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shown after signing out.</summary>
    public bool SignedOut { get; private set; }

    /// <summary>Shows the sign-in button for a valid token, or why it is refused.</summary>
    public async Task<IActionResult> OnGetAsync(string? token, string? keluar, CancellationToken cancellationToken)
    {
        SignedOut = keluar is not null;
        if (token is null)
        {
            return Page();
        }

        var check = await links.CheckAsync(token, cancellationToken);
        return Show(check, token);
    }

    /// <summary>Uses the token and starts the session.</summary>
    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        var check = await links.RedeemAsync(token, cancellationToken);
        if (check.Status != SignInTokenStatus.Valid || check.Actor is null)
        {
            return Show(check, null);
        }

        var identity = new ClaimsIdentity([new Claim(DashboardUser.ActorClaim, check.Actor)], CookieAuthenticationDefaults.AuthenticationScheme);
        if (DashboardUser.From(new ClaimsPrincipal(identity), admins) is null)
        {
            Problem = "Akun ini bukan admin lagi.";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
        return Redirect("/dasbor");
    }

    private PageResult Show(SignInTokenCheck check, string? token)
    {
        Problem = check.Status switch
        {
            SignInTokenStatus.Valid => null,
            SignInTokenStatus.Used => "Tautan ini sudah pernah dipakai. Setiap tautan hanya berlaku sekali.",
            SignInTokenStatus.Expired => "Tautan ini sudah kedaluwarsa (berlaku 10 menit).",
            _ => "Tautan ini tidak dikenal. Pastikan Anda membuka tautan persis seperti yang dikirim bot.",
        };
        Token = Problem is null ? token : null;
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
