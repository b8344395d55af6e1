import { useEffect, useState } from 'react';

/** QR code of a URL as a data: image (the CSP allows data: images). */
export function useQr(url: string): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((q) => q.toDataURL(url, { margin: 1, width: 320 }).then((d) => live && setSrc(d)));
    return () => {
      live = false;
    };
  }, [url]);
  return src;
}
