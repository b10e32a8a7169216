package org.headshots.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.headshots.domain.people.Username;

/** Every {@link Username} attribute is stored as its text; a row read back is checked again. */
@Converter(autoApply = true)
public class UsernameConverter implements AttributeConverter<Username, String> {

    @Override
    public String convertToDatabaseColumn(Username username) {
        return username == null ? null : username.value();
    }

    @Override
    public Username convertToEntityAttribute(String stored) {
        return stored == null ? null : new Username(stored);
    }
}
