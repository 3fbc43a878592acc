package io.github.copilot4j;

import io.github.copilot4j.internal.util.Checks;
import java.nio.file.Path;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** Context sent with a message: a file, a directory, a text selection, or inline binary data. */
public sealed interface Attachment
        permits Attachment.FileAttachment, Attachment.DirectoryAttachment, Attachment.SelectionAttachment,
                Attachment.BlobAttachment {

    /** A file. */
    static FileAttachment file(String path) {
        return new FileAttachment(path, null);
    }

    /** A file. */
    static FileAttachment file(Path path) {
        return file(Checks.required(path, "path").toString());
    }

    /** A directory. */
    static DirectoryAttachment directory(String path) {
        return new DirectoryAttachment(path, null);
    }

    /** A directory. */
    static DirectoryAttachment directory(Path path) {
        return directory(Checks.required(path, "path").toString());
    }

    /** A range of a file, with its text. */
    static SelectionAttachment selection(String filePath, String displayName, Range range, String text) {
        return new SelectionAttachment(filePath, displayName, range, text);
    }

    /** Inline data, Base64-encoded for the wire. */
    static BlobAttachment blob(byte[] data, String mimeType) {
        return new BlobAttachment(Base64.getEncoder().encodeToString(Checks.required(data, "data")), mimeType, null);
    }

    /**
     * A file attachment.
     *
     * @param path the file path
     * @param displayName the name shown to the user, or null
     */
    record FileAttachment(String path, @Nullable String displayName) implements Attachment {
        public FileAttachment {
            Checks.nonBlank(path, "path");
        }
    }

    /**
     * A directory attachment.
     *
     * @param path the directory path
     * @param displayName the name shown to the user, or null
     */
    record DirectoryAttachment(String path, @Nullable String displayName) implements Attachment {
        public DirectoryAttachment {
            Checks.nonBlank(path, "path");
        }
    }

    /**
     * A selection in a file.
     *
     * @param filePath the file the selection is in
     * @param displayName the name shown to the user
     * @param selection the selected range, or null
     * @param text the selected text, or null
     */
    record SelectionAttachment(String filePath, String displayName, @Nullable Range selection, @Nullable String text)
            implements Attachment {
        public SelectionAttachment {
            Checks.nonBlank(filePath, "filePath");
            Checks.nonBlank(displayName, "displayName");
        }
    }

    /**
     * Inline binary content, such as an image.
     *
     * @param data the content, Base64-encoded
     * @param mimeType the media type of the content
     * @param displayName the name shown to the user, or null
     */
    record BlobAttachment(String data, String mimeType, @Nullable String displayName) implements Attachment {
        public BlobAttachment {
            Checks.required(data, "data");
            try {
                Base64.getDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("data must be Base64-encoded");
            }
            Checks.nonBlank(mimeType, "mimeType");
        }
    }

    /**
     * A range of text between two positions.
     *
     * @param start the first position
     * @param end the position after the last character
     */
    record Range(Position start, Position end) {
        public Range {
            Checks.required(start, "start");
            Checks.required(end, "end");
            if (end.line() < start.line() || (end.line() == start.line() && end.character() < start.character())) {
                throw new IllegalArgumentException("end must not be before start");
            }
        }

        /** The range from {@code (startLine, startCharacter)} to {@code (endLine, endCharacter)}. */
        public static Range of(int startLine, int startCharacter, int endLine, int endCharacter) {
            return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
        }
    }

    /**
     * A position in a text file.
     *
     * @param line the line
     * @param character the character offset within the line
     */
    record Position(int line, int character) {
        public Position {
            if (line < 0) {
                throw new IllegalArgumentException("line must be 0 or greater");
            }
            if (character < 0) {
                throw new IllegalArgumentException("character must be 0 or greater");
            }
        }
    }
}
