using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NetralBot.Knowledge.Catalog;

/// <summary>Flattens Markdown blocks to plain text: answers are stored without markup, channels add their own.</summary>
internal static class MarkdownPlainText
{
    public static string Of(Block block)
    {
        var text = new StringBuilder();
        Append(block, text);
        return text.ToString().Trim();
    }

    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        if (inline is not null)
        {
            AppendInline(inline, text);
        }

        return text.ToString().Trim();
    }

    private static void Append(Block block, StringBuilder text)
    {
        switch (block)
        {
            case LeafBlock { Inline: not null } leaf:
                AppendInline(leaf.Inline, text);
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString());
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    if (text.Length > 0 && text[^1] != '\n')
                    {
                        text.Append('\n');
                    }

                    text.Append("• ");
                    var first = true;
                    foreach (var child in item)
                    {
                        if (!first)
                        {
                            text.Append(' ');
                        }

                        Append(child, text);
                        first = false;
                    }
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    private static void AppendInline(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(child, text);
                }

                break;
        }
    }
}
