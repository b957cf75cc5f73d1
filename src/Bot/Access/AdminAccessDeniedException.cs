namespace NetralBot.Bot.Access;

/// <summary>An admin asked for something outside their role, e.g. an instansi admin targeting another agency.</summary>
internal sealed class AdminAccessDeniedException(string message) : Exception(message);
