using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>Every store of one provider over one fresh database, as the contract tests use them.</summary>
internal sealed record StoreSet(
    IPledgeStore Pledges,
    IDialogStateStore Dialogs,
    IProcessedUpdateStore Updates,
    IProcessedMessageStore Messages,
    ISubscriberStore Subscribers,
    IBroadcastStore Broadcasts,
    IAuditLog Audit,
    IPledgeStatisticsStore Statistics,
    IWhatsAppInbox Inbox,
    IWhatsAppFailureStore Failures,
    IBackgroundLease Leases,
    ITelegramInbox TelegramInbox);
