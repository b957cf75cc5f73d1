// A minimal grammY webhook bot: the peer NetralBot is measured against (bench/side-by-side.sh). It answers every text
// and button press through the same fake Bot API, acknowledging each update once its reply went out (grammY's default).
const http = require("node:http");
const { Bot, webhookCallback } = require("grammy");

const [port, apiRoot, secret] = [Number(process.env.PORT ?? 18090), process.env.API_ROOT, process.env.SECRET];
const bot = new Bot("1:x", {
  client: { apiRoot },
  botInfo: { id: 1, is_bot: true, first_name: "Peer", username: "peer_bot", can_join_groups: false,
    can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false },
});
bot.on("message:text", (ctx) => ctx.reply(`Anda menulis: ${ctx.message.text}`));
bot.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(`Pilihan: ${ctx.callbackQuery.data}`);
});
const handle = webhookCallback(bot, "http", { secretToken: secret });
http.createServer((req, res) => (req.url === "/webhooks/telegram" ? handle(req, res) : res.writeHead(404).end()))
  .listen(port, "127.0.0.1", () => console.log(`grammY peer on http://127.0.0.1:${port}`));
