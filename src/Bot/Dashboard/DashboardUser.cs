using System.Security.Claims;
using NetralBot.Bot.Access;
using NetralBot.Bot.Admin;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Dashboard;

/// <summary>
/// The signed-in admin of a request. The cookie holds only the actor (<c>telegram:12345</c>); the role is looked up in
/// the configured admins on every request, so removing an admin from the configuration ends their access at once.
/// </summary>
/// <param name="Actor">The admin's channel and user id, as in the audit log.</param>
/// <param name="Role">Their role now.</param>
internal sealed record DashboardUser(string Actor, AdminRole Role)
{
    /// <summary>The claim type of the actor.</summary>
    public const string ActorClaim = "netralbot:actor";

    /// <summary>The agency the user's queries are limited to; null for a super admin.</summary>
    public string? Scope => Role.Agency;

    /// <summary>True for a super admin.</summary>
    public bool IsSuper => Role.Kind == AdminRoleKind.Super;

    /// <summary>The user of <paramref name="principal"/>, or null when not signed in or no longer an admin.</summary>
    public static DashboardUser? From(ClaimsPrincipal principal, AdminDirectory admins)
    {
        var actor = principal.FindFirst(ActorClaim)?.Value;
        return ChannelUser.TryParse(actor, out var user) && admins.Find(user) is { } role ? new DashboardUser(actor, role) : null;
    }

    /// <summary>The agency a page shows: an instansi admin's own, or the one a super admin picked (null: all).</summary>
    /// <exception cref="AdminAccessDeniedException">An instansi admin asked for another agency.</exception>
    public string? AgencyFor(string? requested)
    {
        var wanted = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();
        if (IsSuper)
        {
            return wanted;
        }

        if (wanted is not null && !Role.CanReachAgency(wanted))
        {
            throw new AdminAccessDeniedException($"Peran Anda hanya menjangkau instansi {Role.Agency}.");
        }

        return Role.Agency;
    }
}
