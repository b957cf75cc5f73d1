using NetralBot.Bot.Admin;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Dashboard;

/// <summary>
/// <c>/dasbor</c>: an admin gets a single-use sign-in link to the web dashboard (or the news that it is off). For anyone
/// else the turn passes on, so a non-admin gets the ordinary unknown-command reply, as for every admin command.
/// The private-chat rule runs first, so the link is never posted in a group.
/// </summary>
internal sealed class DashboardCommandHandler(AdminDirectory admins, DashboardOptions options, SignInLinks links) : TurnHandler
{
    /// <summary>The command word.</summary>
    public const string CommandName = "dasbor";

    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Command?.Name != CommandName || admins.Find(context.Turn.User) is null)
        {
            return false;
        }

        if (!options.IsEnabled)
        {
            context.Send(DashboardTexts.Off);
            return true;
        }

        var link = await links.IssueAsync(context.Turn.User.ToString(), cancellationToken);
        context.Send(DashboardTexts.Link(link));
        return true;
    }
}
