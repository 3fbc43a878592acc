package io.github.copilot4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AttachmentTests {

    @Test
    void pathFactoriesUseThePathText() {
        assertThat(Attachment.file(Path.of("src", "Main.java")).path())
                .isEqualTo("src" + java.io.File.separator + "Main.java");
        assertThat(Attachment.directory(Path.of("docs")).path()).isEqualTo("docs");
    }

    @Test
    void blobIsBase64Encoded() {
        Attachment.BlobAttachment blob = Attachment.blob("hello".getBytes(StandardCharsets.UTF_8), "text/plain");

        assertThat(blob.data()).isEqualTo("aGVsbG8=");
        assertThat(blob.mimeType()).isEqualTo("text/plain");
    }

    @Test
    void blobDataMustBeBase64() {
        assertThatThrownBy(() -> new Attachment.BlobAttachment("not base64!", "image/png", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data must be Base64-encoded");
    }

    @Test
    void blobNeedsAMimeType() {
        assertThatThrownBy(() -> Attachment.blob(new byte[] {1}, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mimeType must not be blank");
    }

    @Test
    void pathsMustNotBeBlank() {
        assertThatThrownBy(() -> Attachment.file(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path must not be blank");
        assertThatThrownBy(() -> Attachment.directory(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path must not be blank");
    }

    @Test
    void selectionNeedsFilePathAndDisplayName() {
        assertThatThrownBy(() -> new Attachment.SelectionAttachment("", "name", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filePath must not be blank");
        assertThatThrownBy(() -> new Attachment.SelectionAttachment("a.txt", "", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("displayName must not be blank");
    }

    @Test
    void rangeMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> Attachment.Range.of(3, 0, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must not be before start");
        assertThatThrownBy(() -> Attachment.Range.of(3, 5, 3, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end must not be before start");
        assertThat(Attachment.Range.of(3, 4, 3, 4).end()).isEqualTo(new Attachment.Position(3, 4));
    }

    @Test
    void positionsAreNotNegative() {
        assertThatThrownBy(() -> new Attachment.Position(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must be 0 or greater");
        assertThatThrownBy(() -> new Attachment.Position(0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("character must be 0 or greater");
    }
}
