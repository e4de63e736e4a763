package uk.hubreturns.local;

/** What the command line asked for. */
sealed interface LocalCommand {

    record Serve(ServeOptions options) implements LocalCommand {
    }

    record Invoke(InvokeOptions options) implements LocalCommand {
    }

    record Token(TokenRequest request, Storage storage) implements LocalCommand {
    }

    record Export(BackupOptions options, java.util.Optional<uk.hubreturns.common.time.Quarter> quarter) implements LocalCommand {
    }

    record Import(BackupOptions options) implements LocalCommand {
    }

    record Help() implements LocalCommand {
    }
}
