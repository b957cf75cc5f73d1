using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Access;

/// <summary>An admin's role; <see cref="Agency"/> is set for <see cref="AdminRoleKind.Instansi"/>.</summary>
/// <param name="Kind">Super or instansi.</param>
/// <param name="Agency">The agency an instansi admin is limited to; null for super.</param>
internal sealed record AdminRole(AdminRoleKind Kind, string? Agency)
{
    public static AdminRole Super { get; } = new(AdminRoleKind.Super, null);

    /// <summary>True when this role may reach the subscribers and pledges of <paramref name="agency"/>.</summary>
    public bool CanReachAgency(string agency) =>
        Kind == AdminRoleKind.Super || (Agency is not null && AgencyKey.Same(Agency, agency));

    /// <summary>Parses <c>super</c> or <c>instansi:NAMA INSTANSI</c>; null when the text is neither.</summary>
    public static AdminRole? TryParse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Equals("super", StringComparison.OrdinalIgnoreCase))
        {
            return Super;
        }

        const string Prefix = "instansi:";
        if (value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && value[Prefix.Length..].Trim() is { Length: > 0 } agency)
        {
            return new AdminRole(AdminRoleKind.Instansi, agency);
        }

        return null;
    }
}
