package org.headshots.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.headshots.domain.style.StyleList;

/** Every {@link StyleList} attribute is stored as its ids joined by commas. */
@Converter(autoApply = true)
public class StyleListConverter implements AttributeConverter<StyleList, String> {

    @Override
    public String convertToDatabaseColumn(StyleList styles) {
        return styles == null ? null : styles.joined();
    }

    @Override
    public StyleList convertToEntityAttribute(String stored) {
        return stored == null ? null : StyleList.parse(stored);
    }
}
