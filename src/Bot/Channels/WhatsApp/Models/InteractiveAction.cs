namespace NetralBot.Bot.Channels.WhatsApp.Models;

/// <summary>The choices of an interactive message: <see cref="Buttons"/> for reply buttons, <see cref="Button"/> and <see cref="Sections"/> for a list.</summary>
/// <param name="Buttons">At most 3 reply buttons.</param>
/// <param name="Button">The label of the button that opens the list (at most 20 characters).</param>
/// <param name="Sections">The list's sections; at most 10 rows in total.</param>
internal sealed record InteractiveAction(IReadOnlyList<ReplyButtonItem>? Buttons = null, string? Button = null, IReadOnlyList<ListSection>? Sections = null);
