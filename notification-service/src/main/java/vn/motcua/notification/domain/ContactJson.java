package vn.motcua.notification.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.charset.StandardCharsets;
import vn.motcua.events.Contact;
import vn.motcua.events.EventJson;

/** Stores a contact as the JSON the events carry, so that a new contact field needs no migration. */
@Converter
public class ContactJson implements AttributeConverter<Contact, String> {
    @Override
    public String convertToDatabaseColumn(Contact contact) {
        return contact == null ? null : new String(EventJson.write(contact), StandardCharsets.UTF_8);
    }

    @Override
    public Contact convertToEntityAttribute(String json) {
        return json == null ? null : EventJson.read(json.getBytes(StandardCharsets.UTF_8), Contact.class);
    }
}
