using System.Text;

namespace NetralBot.Bot.Cli;

/// <summary>
/// Writes a file that holds personal data: never over an existing file unless asked to, never through a symlink or onto
/// a device, readable by the owner only (0600), and never half-written (a temporary file in the same directory, synced,
/// then renamed over the target).
/// </summary>
internal static class SafeFileWriter
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    /// <exception cref="IOException">The target is refused or a write failed; the message is one readable line.</exception>
    public static async Task WriteAsync(string path, bool overwrite, Func<TextWriter, Task> write, CancellationToken cancellationToken)
    {
        var target = new FileInfo(Path.GetFullPath(path));
        if (target.LinkTarget is not null)
        {
            throw new IOException($"{target.FullName} adalah tautan simbolik (symlink); tulis ke berkas biasa.");
        }

        if (Directory.Exists(target.FullName))
        {
            throw new IOException($"{target.FullName} adalah folder; sebutkan nama berkas, mis. {Path.Combine(target.FullName, "ikrar.csv")}.");
        }

        if (target.Exists)
        {
            if (!IsRegularFile(target.FullName))
            {
                throw new IOException($"{target.FullName} bukan berkas biasa (perangkat, pipa atau soket); tulis ke berkas biasa.");
            }

            if (!overwrite)
            {
                throw new IOException($"{target.FullName} sudah ada; pakai --force untuk menimpanya, atau pilih nama lain.");
            }
        }

        var directory = target.DirectoryName!;
        if (!Directory.Exists(directory))
        {
            throw new IOException($"folder {directory} tidak ada.");
        }

        var temporary = Path.Combine(directory, $".netralbot-{Guid.NewGuid():N}.tmp"); // short: the target name may be near the limit
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var stream = new FileStream(temporary, options))
            {
                await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
                {
                    await write(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            // rename(2) replaces the directory entry itself: a symlink created at the target meanwhile is replaced, not followed.
            File.Move(temporary, target.FullName, overwrite);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// lstat's file type through the runtime's own native shim (its FileStatus layout starts with flags, then mode), as
    /// .NET exposes no file type beyond directory and symlink. Not a regular file: a device such as /dev/full, a pipe, a socket.
    /// </summary>
    private static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            return LStat(path, out var status) != 0 || (status.Mode & 0xF000) == 0x8000;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return !path.StartsWith("/dev/", StringComparison.Ordinal);
        }
    }

    [System.Runtime.InteropServices.DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = System.Runtime.InteropServices.CharSet.Ansi, SetLastError = true)]
    private static extern int LStat(string path, out NativeFileStatus status);

    /// <summary>The start of the shim's FileStatus; Size leaves room for the rest of it.</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Size = 512)]
    private struct NativeFileStatus
    {
        public int Flags;
        public int Mode;
    }
}
